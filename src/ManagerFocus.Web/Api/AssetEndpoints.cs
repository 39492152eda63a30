using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ManagerFocus.Web.Api;

/// <summary>The stylesheet and icon, embedded in the assembly: the dashboard works offline and loads nothing from elsewhere.</summary>
public static class AssetEndpoints
{
    private static readonly Dictionary<string, (string Type, byte[] Bytes)> Assets = Load();

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such asset.");
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Bytes, asset.Type);
        }).AllowAnonymous();
        return app;
    }

    private static Dictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        var assets = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["Assets/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".js" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            };
            assets[name] = (type, copy.ToArray());
        }

        return assets;
    }
}

using ManagerFocus.Web.Api;
using ManagerFocus.Web.Auth;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web;

/// <summary>`managerfocus serve`: one service registration and one endpoint map per area.</summary>
public static class Dashboard
{
    public static WebApplication Build(DashboardOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Dashboard).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddEnvironmentVariables("MANAGERFOCUS_").AddInMemoryCollection(options.Settings);
        builder.WebHost.UseUrls(options.Urls).ConfigureKestrel(k => k.Limits.MaxRequestLineSize = 4096);
        // Logs go to stderr: stdout carries the sign-in link only.
        builder.Logging.ClearProviders().AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(options.LogLevel)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var mode = DashboardMode.From(builder.Configuration, options.Urls);

        builder.Services.AddSingleton(options).AddSingleton(mode).AddSingleton(options.Clock);
        builder.Services.AddDashboardData().AddDashboardAuthentication(mode).AddDashboardErrors();
        builder.Services.AddRazorPages();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDashboardSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAssets();
        app.MapAccountEndpoints();
        app.MapReportApi();
        app.MapExports();
        app.MapCharts();
        app.MapRazorPages();
        return app;
    }
}

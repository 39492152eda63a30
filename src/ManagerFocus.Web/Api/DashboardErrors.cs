using ManagerFocus.Diagnostics;
using ManagerFocus.Web.Auth;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web.Api;

/// <summary>
/// Bad input is a 4xx problem answer saying what to fix (a period, a form without its anti-forgery token, a workspace
/// that cannot be analysed); anything else is a 500 whose details go to the log, never to the answer.
/// </summary>
public sealed class DashboardErrors(ILogger<DashboardErrors> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadRequestException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
            AntiforgeryValidationException => (StatusCodes.Status400BadRequest, "Form expired", "The form's anti-forgery token is missing or invalid; reload the page and send it again."),
            BadHttpRequestException e => (e.StatusCode, "Bad request", "The request could not be read."),
            UserError e => (StatusCodes.Status422UnprocessableEntity, "Cannot analyse", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "The server logged the details."),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unexpected error answering {Path}", context.Request.Path);
        }

        await Problems.WriteAsync(context, status, title, detail);
        return true;
    }
}

/// <summary>Registers the problem answers and the security headers every answer carries.</summary>
public static class DashboardErrorsSetup
{
    public static IServiceCollection AddDashboardErrors(this IServiceCollection services) =>
        services.AddProblemDetails().AddExceptionHandler<DashboardErrors>();

    /// <summary>Nothing is loaded from elsewhere, framed or sniffed; answers about people are not cached.</summary>
    public static IApplicationBuilder UseDashboardSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        if (context.Request.QueryString.Value is { Length: > 2048 })
        {
            await Problems.WriteAsync(context, StatusCodes.Status414UriTooLong, "Query too long", "The query string is longer than 2048 characters.");
            return;
        }

        await next();
    });
}

using ManagerFocus.Web.Access;
using ManagerFocus.Web.Auth;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ManagerFocus.Web.Pages;

/// <summary>The sign-in page: a token from `managerfocus token` (the form carries an anti-forgery token), or the identity provider in server mode.</summary>
[AllowAnonymous]
public sealed class SignInModel(WorkspaceAccess access, DashboardMode mode) : PageModel
{
    public DashboardMode Mode => mode;

    public string? Message { get; private set; }

    public void OnGet(string? error) =>
        Message = error == "provider" ? "The identity provider's sign-in did not match one person of the people file; ask an administrator." : null;

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        var found = access.Use(a => a.FindBearer(token?.Trim()));
        if (found is null)
        {
            Message = "That token is not valid: it is mistyped, revoked or expired.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await AuthenticationSetup.SignInAsync(HttpContext, new Viewer(found.PersonId, found.IsAdmin, $"token {found.Id}"));
        return LocalRedirect("/");
    }
}

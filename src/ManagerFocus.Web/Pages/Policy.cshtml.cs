using ManagerFocus.Diagnostics;
using ManagerFocus.Policy;
using ManagerFocus.Web.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>The policy in force, and a draft's preview: how many of the viewer's managers each rule would flag.</summary>
public sealed class PolicyModel : DashboardPage
{
    /// <summary>A policy file is a few dozen lines; anything far larger is not one.</summary>
    public const int MaxDraftLength = 20_000;

    public string? Draft { get; private set; }

    public string? DraftError { get; private set; }

    public DataTable? Preview { get; private set; }

    public Task OnGetAsync() => ResolveAsync();

    public async Task<IActionResult> OnPostAsync(string? draft)
    {
        await ResolveAsync();
        Draft = draft;
        if (string.IsNullOrWhiteSpace(draft) || draft.Length > MaxDraftLength)
        {
            DraftError = $"Paste a policy file of at most {MaxDraftLength} characters.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            Preview = PolicyPreviewTable.Compare(View, PolicyFile.Parse(new StringReader(draft), "draft"));
        }
        catch (UserError e)
        {
            DraftError = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}

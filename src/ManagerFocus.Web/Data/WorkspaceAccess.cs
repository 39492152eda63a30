using ManagerFocus.Storage;

namespace ManagerFocus.Web.Data;

/// <summary>The workspace's tokens and audit log; each use opens its own connection, so requests never share one.</summary>
public sealed class WorkspaceAccess(DashboardOptions options)
{
    public T Use<T>(Func<WebAccess, T> action) => Open(workspace => action(new WebAccess(workspace)));

    /// <summary>Every imported input, for the data health page.</summary>
    public IReadOnlyList<StoredSource> Sources() => Open(workspace => workspace.Sources());

    private T Open<T>(Func<Workspace, T> action)
    {
        using var workspace = Workspace.Open(options.Workspace, time: options.Clock);
        return action(workspace);
    }
}

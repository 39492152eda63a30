using System.Collections.Concurrent;
using ManagerFocus.Storage;

namespace ManagerFocus.Web.Data;

/// <summary>
/// The workspace's tokens, audit log and sources. Each use has an open workspace to itself, taken from a small pool
/// (opening checks the schema, too slow for every request carrying a bearer token) and returned after it.
/// </summary>
public sealed class WorkspaceAccess(DashboardOptions options) : IDisposable
{
    private const int Kept = 8;
    private readonly ConcurrentBag<Workspace> _idle = [];

    public T Use<T>(Func<WebAccess, T> action) => Open(workspace => action(new WebAccess(workspace)));

    /// <summary>Every imported input, for the data health page.</summary>
    public IReadOnlyList<StoredSource> Sources() => Open(workspace => workspace.Sources());

    public void Dispose()
    {
        while (_idle.TryTake(out var workspace))
        {
            workspace.Dispose();
        }
    }

    private T Open<T>(Func<Workspace, T> action)
    {
        var workspace = _idle.TryTake(out var idle) ? idle : Workspace.Open(options.Workspace, time: options.Clock);
        T result;
        try
        {
            result = action(workspace);
        }
        catch
        {
            // A failed connection is not reused.
            workspace.Dispose();
            throw;
        }

        if (_idle.Count < Kept)
        {
            _idle.Add(workspace);
        }
        else
        {
            workspace.Dispose();
        }

        return result;
    }
}

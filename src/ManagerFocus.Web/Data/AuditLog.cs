using System.Threading.Channels;
using ManagerFocus.Storage;
using ManagerFocus.Web.Access;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web.Data;

/// <summary>
/// Who viewed whose figures: every page, export and API answer about people adds a line. Lines are queued and written
/// in batches by one background writer, so a page never waits for the database; stopping the server writes the rest.
/// </summary>
public sealed class AuditLog(WorkspaceAccess access, TimeProvider clock, ILogger<AuditLog> logger) : BackgroundService
{
    private readonly Lock _writing = new();
    private readonly Channel<AuditEntry> _queue = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(50_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Records that <paramref name="viewer"/> saw <paramref name="subject"/>'s figures ("organization" for a whole scope).</summary>
    public ValueTask ViewedAsync(Viewer viewer, string subject, string action, string period) =>
        _queue.Writer.WriteAsync(new AuditEntry(clock.GetUtcNow(), viewer.Label, subject, action, period));

    /// <summary>The latest lines, newest first (those queued but not yet written are not among them).</summary>
    public IReadOnlyList<AuditEntry> Latest(string? subject, int limit) => access.Use(a => a.Audit(subject, limit));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditEntry>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                Drain(batch);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: write what is queued.
        }

        _queue.Writer.TryComplete();
        Drain(batch);
    }

    /// <summary>Writes everything queued so far; tests call it before reading the log.</summary>
    public void Flush()
    {
        var batch = new List<AuditEntry>();
        Drain(batch);
    }

    private void Drain(List<AuditEntry> batch)
    {
        lock (_writing)
        {
            while (batch.Count < 5_000 && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                access.Use(a => { a.Append(batch); return 0; });
            }
            catch (Exception e) when (e is Diagnostics.UserError or System.Data.Common.DbException)
            {
                logger.LogError("Could not write {Count} audit lines: {Message}", batch.Count, e.Message);
            }

            batch.Clear();
        }
    }
}

using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web;

/// <summary>What `managerfocus serve` was given: the workspace, where to listen, the policy, and settings for server mode.</summary>
public sealed record DashboardOptions
{
    public required string Workspace { get; init; }

    /// <summary>Where Kestrel listens; local mode accepts loopback addresses only.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>A policy file applied to every period's analysis; the default policy when null.</summary>
    public string? PolicyPath { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Extra configuration (the same keys as environment variables MANAGERFOCUS_Oidc__Authority, ...), for tests.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}

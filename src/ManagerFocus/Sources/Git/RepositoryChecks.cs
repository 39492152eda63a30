using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Git;

/// <summary>Problems git itself stays silent about: a shallow clone and an unreadable .mailmap.</summary>
internal static class RepositoryChecks
{
    public static void Warn(string repository, WarningLog warnings)
    {
        var gitFolder = Path.Combine(repository, ".git");
        var metadata = Directory.Exists(gitFolder) ? gitFolder : RepositoryFinder.IsBare(repository) ? repository : null;
        if (metadata is not null && File.Exists(Path.Combine(metadata, "shallow")))
        {
            warnings.Add(GitImporter.Source, repository, "shallow clone: history before the cut is missing, so coding hours may be too low; fetch with --unshallow");
        }

        var mailmap = Path.Combine(repository, ".mailmap");
        if (metadata != repository && Path.Exists(mailmap))
        {
            // Opening a FIFO would block; git itself does not follow a .mailmap link.
            if (!GitLogReader.UsableMailmap(repository))
            {
                warnings.Add(GitImporter.Source, mailmap, "is not a regular file (a link, a device or a pipe); it is not read, so commits are attributed by email and name only");
                return;
            }

            try
            {
                using var stream = File.OpenRead(mailmap);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(GitImporter.Source, mailmap, $"cannot be read ({e.Message}); commits are attributed by email and name only");
            }
        }
    }
}

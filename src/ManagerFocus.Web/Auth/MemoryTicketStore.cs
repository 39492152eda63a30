using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

namespace ManagerFocus.Web.Auth;

/// <summary>
/// Sessions kept on the server: the cookie holds only a random key. Signing out removes the session, so a copy of the
/// cookie replayed afterwards signs nobody in; a restart signs everyone out.
/// </summary>
public sealed class MemoryTicketStore(TimeProvider clock) : ITicketStore, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly MemoryCache _sessions = new(new MemoryCacheOptions { SizeLimit = 100_000, Clock = null });

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Keep(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Keep(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => Task.FromResult(_sessions.Get<AuthenticationTicket>(key));

    public Task RemoveAsync(string key)
    {
        _sessions.Remove(key);
        return Task.CompletedTask;
    }

    public void Dispose() => _sessions.Dispose();

    private void Keep(string key, AuthenticationTicket ticket) =>
        _sessions.Set(key, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = clock.GetUtcNow() + Lifetime });
}

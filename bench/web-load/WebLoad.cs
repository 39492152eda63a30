// A bounded load test of the web dashboard on loopback: N clients for S seconds, each alternating the organization
// home and a manager page (a different manager each time), with a bearer token. Prints p50/p95/p99 per page, errors,
// throughput and the server's peak resident memory (sampled from /proc every 250 ms).
//   dotnet run bench/web-load/WebLoad.cs -- BASE_URL TOKEN SERVER_PID [CLIENTS] [SECONDS]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

var address = new Uri(args[0]);
var token = args[1];
var pid = int.Parse(args[2], CultureInfo.InvariantCulture);
var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 60;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

// The managers in the token's scope, from the page's own CSV export.
var managers = (await http.GetStringAsync("/export/managers.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
    .Select(l => l.Split(',')[1]).ToArray();
Console.Error.WriteLine($"{managers.Length} managers in scope; {clients} clients for {seconds} s against {address}");

var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var errors = new ConcurrentBag<string>();
var bytes = 0L;
var peakRss = 0L;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var sampler = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        var rss = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        peakRss = Math.Max(peakRss, kb);
        await Task.Delay(250);
    }
});

var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
{
    var random = new Random(worker);
    for (var i = 0; !stop.IsCancellationRequested; i++)
    {
        var (kind, path) = i % 2 == 0 ? ("organization home", "/") : ("manager page", $"/managers/{managers[random.Next(managers.Length)]}");
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            Interlocked.Add(ref bytes, body.Length);
            if ((int)response.StatusCode != 200)
            {
                errors.Add($"{path}: {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.Add($"{path}: {e.GetType().Name}");
        }

        latencies.GetOrAdd(kind, _ => []).Add(watch.Elapsed.TotalMilliseconds);
    }
})).ToArray();
await Task.WhenAll(workers);
await sampler;

Console.WriteLine($"| page | requests | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
foreach (var (kind, bag) in latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
{
    var sorted = bag.Order().ToArray();
    double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {sorted.Length} | {At(0.50):0.0} | {At(0.95):0.0} | {At(0.99):0.0} | {sorted[^1]:0.0} |"));
}

var total = latencies.Values.Sum(b => b.Count);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{total} requests in {seconds} s ({total / (double)seconds:0} per second), {errors.Count} errors, {bytes / 1e6:0} MB read, server peak RSS {peakRss / 1024} MB"));
foreach (var error in errors.Take(10))
{
    Console.WriteLine($"error: {error}");
}

return errors.IsEmpty ? 0 : 1;

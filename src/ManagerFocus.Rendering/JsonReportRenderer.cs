using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>The stable JSON contract: camelCase, enums in kebab-case, nulls written, dates as YYYY-MM-DD.</summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(Names.Policy, allowIntegerValues: false) },
    };

    public void Render(Report report, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(report, Options));
        writer.WriteLine();
    }
}

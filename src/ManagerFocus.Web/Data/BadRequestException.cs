namespace ManagerFocus.Web.Data;

/// <summary>A request the dashboard cannot answer as asked (a malformed or unknown period, an oversized query): a 400 with this message.</summary>
public sealed class BadRequestException(string message) : Exception(message);

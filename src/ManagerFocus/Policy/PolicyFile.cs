using System.Text;
using ManagerFocus.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ManagerFocus.Policy;

/// <summary>Reads and validates policy.yml, and writes the built-in defaults as one.</summary>
public static class PolicyFile
{
    private static readonly string[] Sections = ["definitions", "rules", "recommendations", "privacy", "evidence"];

    public static PolicySettings Load(string path)
    {
        if (!File.Exists(path))
        {
            throw UserError.MissingFile(path, "policy file");
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static PolicySettings Parse(TextReader text, string path)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(text);
        }
        catch (YamlException e)
        {
            throw new UserError($"{path}:{e.Start.Line}: not valid YAML ({FirstLine(e.Message)}).");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner gives up this way on some malformed documents instead of with a YamlException.
            throw new UserError($"{path}: not valid YAML ({e.GetType().Name}).");
        }

        var policy = PolicySettings.Default;
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return policy;
        }

        var root = Mapping(yaml.Documents[0].RootNode, path, "the policy");
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(keyNode, path);
            if (key == "version")
            {
                if (value is not YamlScalarNode { Value: "1" })
                {
                    throw Error(path, value, "version must be 1");
                }

                continue;
            }

            if (!Sections.Contains(key))
            {
                throw Error(path, keyNode, $"unknown section '{key}' (known: version, {string.Join(", ", Sections)})");
            }

            policy = key == "rules" ? ApplyRules(policy, Mapping(value, path, key), path) : ApplySection(policy, key, Mapping(value, path, key), path);
        }

        return Validate(policy, path);
    }

    /// <summary>The built-in policy as a commented policy.yml.</summary>
    public static string Defaults() => Print(PolicySettings.Default);

    /// <summary>A policy as a commented policy.yml that reads back as the same policy.</summary>
    public static string Print(PolicySettings policy)
    {
        var text = new StringBuilder("# ManagerFocus policy. Pass an edited copy with --policy.\nversion: 1\n");
        string? section = null;
        foreach (var key in PolicyKeys.All)
        {
            if (key.Section != section)
            {
                var parts = key.Section.Split('.');
                if (section is null || section.Split('.')[0] != parts[0])
                {
                    text.Append(parts[0]).Append(":\n");
                }

                if (parts.Length > 1)
                {
                    text.Append("  ").Append(parts[1]).Append(":\n");
                }

                section = key.Section;
            }

            var indent = new string(' ', key.Section.Contains('.') ? 4 : 2);
            var comment = key.Comment.Length > 0 ? $"   # {key.Comment}" : "";
            text.Append(indent).Append(key.Name).Append(": ").Append(key.Show(policy)).Append(comment).Append('\n');
        }

        return text.ToString();
    }

    private static PolicySettings ApplyRules(PolicySettings policy, YamlMappingNode rules, string path)
    {
        foreach (var (keyNode, value) in rules.Children)
        {
            var rule = Key(keyNode, path);
            if (!Rule.All.Contains(rule))
            {
                throw Error(path, keyNode, $"unknown rule '{rule}' (known: {string.Join(", ", Rule.All)})");
            }

            policy = ApplySection(policy, $"rules.{rule}", Mapping(value, path, rule), path);
        }

        return policy;
    }

    private static PolicySettings ApplySection(PolicySettings policy, string section, YamlMappingNode mapping, string path)
    {
        var keys = PolicyKeys.All.Where(k => k.Section == section).ToList();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = Key(keyNode, path);
            var key = keys.FirstOrDefault(k => k.Name == name)
                ?? throw Error(path, keyNode, $"unknown setting '{name}' in {section} (known: {string.Join(", ", keys.Select(k => k.Name))})");
            var raw = value switch
            {
                YamlScalarNode { Value: { } v } when key.Expected != "a list of strings" => v.Trim(),
                YamlSequenceNode items when key.Expected == "a list of strings" && items.All(i => i is YamlScalarNode) =>
                    string.Join(PolicyKey.ListSeparator, items.Cast<YamlScalarNode>().Select(i => i.Value)),
                _ => null,
            };
            policy = (raw is null ? null : key.Apply(policy, raw))
                ?? throw Error(path, value, $"{name} is '{raw ?? value.NodeType.ToString()}', expected {key.Expected}");
        }

        return policy;
    }

    private static PolicySettings Validate(PolicySettings p, string path)
    {
        var d = p.Definitions;
        return d.SmallSpanMax > d.MidSpanMax ? throw new UserError($"{path}: small-span-max ({d.SmallSpanMax}) must not exceed mid-span-max ({d.MidSpanMax}).")
            : d.HybridShare > d.CodingManagerShare ? throw new UserError($"{path}: hybrid-share ({d.HybridShare}) must not exceed coding-manager-share ({d.CodingManagerShare}).")
            : p.HybridSpanMaxReports > p.HybridSpanMidMaxReports ? throw new UserError($"{path}: hybrid-span max-reports must not exceed mid-max-reports.")
            : p;
    }

    private static YamlMappingNode Mapping(YamlNode node, string path, string what) =>
        node as YamlMappingNode ?? throw Error(path, node, $"{what} must be a mapping of names to values");

    private static string Key(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } key } ? key : throw Error(path, node, "keys must be plain names");

    private static UserError Error(string path, YamlNode node, string message) =>
        new($"{path}:{node.Start.Line}: {message}.");

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

using System.Text;
using ManagerFocus.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ManagerFocus.Policy;

/// <summary>Reads and validates policy.yml, and writes the built-in defaults as one.</summary>
public static class PolicyFile
{
    private static readonly string[] Sections = ["definitions", "rules", "recommendations", "privacy", "evidence"];

    /// <summary>A policy file is a page of settings; a larger one is not a policy (docs/definitions.md, "Bounds").</summary>
    public const int MaxChars = 1 << 20;

    /// <summary>The policy's deepest meaningful nesting is 3 (rules, a rule, a list); deeper is refused before it is built.</summary>
    public const int MaxDepth = 16;

    public static PolicySettings Load(string path)
    {
        InputFiles.RequireRegular(path, "policy file");
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[MaxChars + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            if (read > MaxChars)
            {
                throw UserError.Unreadable(path, $"it is larger than {MaxChars / (1 << 20)} MB; a policy file is a page of settings");
            }

            return Parse(new StringReader(new string(buffer, 0, read)), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserError.Unreadable(path, e.GetType().Name);
        }
    }

    public static PolicySettings Parse(TextReader text, string path)
    {
        var content = text.ReadToEnd();
        var yaml = new YamlStream();
        try
        {
            // Nesting and aliases are checked on the event stream first: building a deep tree recurses, and aliases are a bomb.
            Screen(content, path);
            yaml.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            throw new UserError($"{path}:{e.Start.Line}: not valid YAML ({SafeText.Clean(FirstLine(e.Message))}).");
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
                throw Error(path, keyNode, $"unknown section '{SafeText.Clean(key, 40)}' (known: version, {string.Join(", ", Sections)})");
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
                throw Error(path, keyNode, $"unknown rule '{SafeText.Clean(rule, 40)}' (known: {string.Join(", ", Rule.All)})");
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
                ?? throw Error(path, keyNode, $"unknown setting '{SafeText.Clean(name, 40)}' in {section} (known: {string.Join(", ", keys.Select(k => k.Name))})");
            var raw = value switch
            {
                YamlScalarNode { Value: { } v } when key.Expected != PolicyKey.ListExpected => v.Trim(),
                YamlSequenceNode items when key.Expected == PolicyKey.ListExpected && items.All(i => i is YamlScalarNode) =>
                    string.Join(PolicyKey.ListSeparator, items.Cast<YamlScalarNode>().Select(i => i.Value)),
                _ => null,
            };
            policy = (raw is null ? null : key.Apply(policy, raw))
                ?? throw Error(path, value, $"{name} is '{SafeText.Clean(raw ?? value.NodeType.ToString(), 40)}', expected {key.Expected}");
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

    /// <summary>Refuses anchors, aliases and nesting deeper than <see cref="MaxDepth"/>, walking the parser's events without building nodes.</summary>
    private static void Screen(string content, string path)
    {
        var parser = new Parser(new StringReader(content));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    throw new UserError($"{path}:{alias.Start.Line}: YAML aliases (*name) are not read in a policy file; write the value out.");
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    throw new UserError($"{path}:{anchored.Start.Line}: YAML anchors (&name) are not read in a policy file; write the value out.");
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        throw new UserError($"{path}:{parser.Current.Start.Line}: nested deeper than {MaxDepth} levels; a policy file has at most 3.");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

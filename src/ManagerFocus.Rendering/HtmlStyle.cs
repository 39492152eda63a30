namespace ManagerFocus.Rendering;

/// <summary>The report's inline stylesheet: system fonts only, so the page needs no network.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root{--ink:#1d2330;--muted:#5c6473;--line:#e3e6eb;--bg:#f6f7f9;--err:#c0392b;--warn:#b7791f;--ok:#2a9d8f}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif;margin:0;color:var(--ink);background:var(--bg);line-height:1.45}
        main{max-width:1240px;margin:0 auto;padding:2rem 1.5rem 4rem}
        h1{font-size:1.9rem;margin:0 0 .3rem}
        h2{font-size:1.3rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
        h3{font-size:1rem;margin:0 0 .5rem}
        .sub,.muted{color:var(--muted)}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:.8rem;margin-top:1.2rem}
        .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem}
        .big{font-size:2rem;font-weight:700;line-height:1.1}
        .big.bad{color:var(--err)}
        dl.counts{margin:0}
        dl.counts div{display:flex;justify-content:space-between;gap:.6rem;border-bottom:1px dotted var(--line);padding:.1rem 0}
        dl.counts dt{color:var(--muted);overflow-wrap:anywhere}
        dl.counts dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums}
        figure{background:#fff;border:1px solid var(--line);border-radius:10px;margin:0 0 1rem;padding:1rem}
        figcaption{color:var(--muted);font-size:.9rem;margin-top:.4rem}
        svg.chart{display:block;width:100%;height:auto}
        svg.chart text{font-family:"DejaVu Sans",Verdana,sans-serif}
        .missing{background:#fff;border:1px dashed #c4c9d2;border-radius:10px;padding:.8rem 1rem;color:var(--muted)}
        table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);border-radius:10px;font-size:.88rem}
        th,td{padding:.4rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th{background:#eef0f4;font-weight:600}
        .scroll{overflow-x:auto}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.breaks-error td:first-child{box-shadow:inset 4px 0 0 var(--err)}
        td.who{min-width:10rem}
        th.rules{min-width:9rem}
        .id{color:var(--muted);font-size:.8rem}
        .pill{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.78rem;font-weight:600;margin:0 .2rem .1rem 0;white-space:nowrap;background:#eef0f4}
        .pill.error{background:#fbe3e0;color:var(--err)}
        .pill.warning{background:#fdf1dc;color:var(--warn)}
        .pill.coding-manager{background:#fbe3e0;color:var(--err)}
        .pill.hybrid{background:#fdf1dc;color:var(--warn)}
        .pill.manager{background:#dff3f0;color:#1f7a6f}
        .pill.p1{background:var(--err);color:#fff}
        .pill.p2{background:var(--warn);color:#fff}
        .evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1rem}
        .versus{display:flex;gap:1.5rem;align-items:baseline;margin:.4rem 0}
        .versus .essay{color:var(--muted)}
        footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
        @media print{body{background:#fff}figure,.card,table{break-inside:avoid}}
        """;
}

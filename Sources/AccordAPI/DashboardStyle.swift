extension Dashboard {
    /// Readable contrast (body text 15:1, muted text and accents at least 4.5:1 on white),
    /// visible focus, one column on phones from 360 px.
    static let css = #"""
        :root { --ink: #1b2128; --muted: #4e5a66; --line: #cfd6de; --soft: #eef2f6; --accent: #0b5cad;
          --ok: #1d7a3a; --warn: #8a5a00; --bad: #b3261e; --mark: #fff0a8; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; margin: 0 auto;
          max-width: 72rem; padding: 0 1rem 2rem; color: var(--ink); background: #fff; }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .muted { color: var(--muted); }
        h1 { font-size: 1.5rem; margin: .75rem 0 0; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        .top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: end; gap: .5rem;
          border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
        .top p { margin: 0; }
        .status { display: flex; align-items: center; gap: .4rem; font-size: .9rem; }
        .dot { width: .7rem; height: .7rem; border-radius: 50%; background: var(--muted); display: inline-block; }
        .dot.live { background: var(--ok); } .dot.reconnecting { background: var(--warn); } .dot.stale { background: var(--bad); }
        .chart-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
        figcaption { font-weight: 600; margin-bottom: .25rem; }
        .chart svg { width: 100%; height: auto; display: block; }
        .chart text { font-size: 12px; fill: var(--ink); } .chart rect { fill: var(--accent); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .75rem; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        .card h3 { font-size: 1rem; margin: 0 0 .25rem; }
        .card p { margin: .25rem 0; }
        .card button { margin-top: .25rem; }
        .tag { display: inline-block; background: var(--soft); border-radius: 4px; padding: 0 .4rem; margin: 0 .25rem .25rem 0; font-size: .85rem; }
        button, select, input { font: inherit; color: inherit; }
        button { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: .2rem .6rem; cursor: pointer; }
        button:hover { border-color: var(--accent); }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: .5rem; }
        .filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        .filters select, .filters input { min-width: 9rem; padding: .25rem; border: 1px solid var(--line); border-radius: 4px; color: var(--ink); }
        .filters .grow { flex: 1 1 14rem; } .filters .grow input { width: 100%; }
        .chip { background: var(--soft); border-radius: 1rem; padding: .15rem .6rem; font-size: .9rem; }
        table.commitments { width: 100%; border-collapse: collapse; }
        .commitments th, .commitments td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .4rem .35rem; }
        .commitments th { font-size: .85rem; color: var(--muted); }
        .timeline svg { width: 100%; height: auto; display: block; }
        .timeline line { stroke: var(--line); } .timeline circle.overdue { fill: var(--bad); }
        .timeline circle.soon { fill: var(--warn); } .timeline circle.upcoming { fill: var(--ok); }
        .timeline text { font-size: 11px; fill: var(--muted); }
        .deadlines { padding-left: 1.2rem; } .deadlines li { margin: .2rem 0; }
        .badge { font-size: .8rem; font-weight: 600; border-radius: 4px; padding: 0 .35rem; color: #fff; }
        .badge.overdue { background: var(--bad); } .badge.soon { background: var(--warn); } .badge.upcoming { background: var(--ok); }
        dialog { max-width: min(48rem, 94vw); width: 100%; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
        dialog::backdrop { background: rgba(20, 28, 36, .45); }
        .dialog-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
        .dialog-head h2 { margin: 0; }
        .article-text { white-space: pre-wrap; max-height: 65vh; overflow: auto; border-top: 1px solid var(--line); padding-top: .5rem; }
        mark { background: var(--mark); color: var(--ink); padding: 0 .1rem; }
        footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .5rem; font-size: .9rem; }
        @media (max-width: 640px) {
          body { padding: 0 .6rem 1.5rem; }
          .commitments thead { position: absolute; left: -999px; }
          .commitments tr { display: block; border-bottom: 1px solid var(--line); padding: .4rem 0; }
          .commitments td { display: block; border: 0; padding: .1rem 0; }
          .commitments td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
          .cards { grid-template-columns: 1fr; }
        }
        """#
}

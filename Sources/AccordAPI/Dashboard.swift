/// `GET /`: a page that lists the agreements and their commitments from the API itself,
/// polling with If-None-Match so an unchanged store costs a 304.
enum Dashboard {
    static let html = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Accord</title>
        <style>
        body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1d232a; }
        h1 { font-size: 1.4rem; margin-bottom: 0; } .muted { color: #5b6570; }
        article { border: 1px solid #d5dae0; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
        h2 { font-size: 1.1rem; margin: 0 0 .25rem; } ul { padding-left: 1.2rem; }
        .tag { display: inline-block; background: #eef2f6; border-radius: 4px; padding: 0 .4rem; margin-right: .25rem; font-size: .85rem; }
        </style>
        </head>
        <body>
        <h1>Accord</h1>
        <p class="muted">Bilateral agreements and the commitments in them. Data: <a href="/agreements">/agreements</a>,
        <a href="/commitments">/commitments</a>, <a href="/openapi.json">/openapi.json</a>.</p>
        <div id="agreements" aria-live="polite">Loading…</div>
        <script>
        let etag = null;
        const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\"":"&quot;","'":"&#39;"}[c]));
        async function refresh() {
          const headers = etag ? {"If-None-Match": etag} : {};
          const r = await fetch("/agreements?limit=100", {headers});
          if (r.status === 304 || !r.ok) return;
          etag = r.headers.get("ETag");
          const list = (await r.json()).data;
          const parts = await Promise.all(list.map(async a => {
            const d = await (await fetch("/agreements/" + encodeURIComponent(a.id))).json();
            const items = d.commitments.map(c => `<li><b>${esc(c.parties.join(" + "))}</b> · ${esc(c.category)}${c.due ? " · due " + esc(c.due) : ""}: ${esc(c.text)}</li>`).join("");
            return `<article><h2>${esc(a.parties.join(" – "))}: ${esc(a.title)}</h2>
              <div class="muted">${esc(a.date ?? "undated")} · ${esc(a.location ?? "")} · ${esc(a.source.publisher ?? "")}</div>
              <div>${a.topics.map(t => `<span class="tag">${esc(t)}</span>`).join("")}</div>
              <p>${esc(a.summary)}</p><ul>${items}</ul></article>`;
          }));
          document.getElementById("agreements").innerHTML = parts.join("") || "<p>No agreements yet.</p>";
        }
        refresh(); setInterval(refresh, 10000);
        </script>
        </body>
        </html>
        """#
}

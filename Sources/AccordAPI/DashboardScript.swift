extension Dashboard {
    /// The page's behaviour, driven only by the public API: lists, facets, `/events` for live
    /// updates and `If-None-Match` polling when the stream is down. Filters live in the URL.
    static let javaScript = #"""
        "use strict";
        const $ = id => document.getElementById(id);
        const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c]));
        const state = {party: "", category: "", q: "", agreement: "", evidence: ""};
        const cache = new Map();          // URL → {etag, data}: unchanged answers cost a 304
        const commitments = new Map();    // id → commitment, from every list shown
        let names = {};                   // party code → name
        let agreements = new Map();
        let lastContact = null, shownVersion = null, source = null, pollTimer = null, reopenTimer = null;
        let refreshing = null, refreshAgain = false, opener = null;

        async function getJSON(url) {
          const cached = cache.get(url);
          const headers = {"Accept": "application/json"};
          if (cached) headers["If-None-Match"] = cached.etag;
          const response = await fetch(url, {headers, cache: "no-store"});
          lastContact = new Date();
          if (response.status === 304 && cached) return cached.data;
          if (!response.ok) {
            const problem = await response.json().catch(() => ({}));
            throw new Error(problem.detail || (url + " answered " + response.status));
          }
          const data = await response.json();
          const etag = response.headers.get("ETag");
          if (etag) cache.set(url, {etag, data});
          return data;
        }

        // URL ⇄ filters, so a view can be shared.
        function readURL() {
          const params = new URLSearchParams(location.search);
          for (const key of Object.keys(state)) state[key] = params.get(key) || "";
          $("f-q").value = state.q;
        }
        function writeURL() {
          const params = new URLSearchParams();
          for (const [key, value] of Object.entries(state)) if (value) params.set(key, value);
          const query = params.toString();
          history.replaceState(null, "", query ? "?" + query : location.pathname);
        }

        function setStatus(kind, text) {
          $("live-dot").className = "dot " + kind;
          $("live-text").textContent = text;
        }
        const clock = date => date ? date.toLocaleTimeString([], {hour: "2-digit", minute: "2-digit", second: "2-digit"}) : "start";

        function drawBars(element, rows, unit) {
          if (!rows.length) { element.textContent = "No data yet."; return; }
          const max = Math.max(...rows.map(r => r.value), 1), rowHeight = 22, labelWidth = 150, width = 440;
          const summary = rows.map(r => r.label + " " + r.value).join(", ");
          let svg = `<svg viewBox="0 0 ${width} ${rows.length * rowHeight + 4}" role="img" aria-label="${esc(unit + ": " + summary)}">`;
          rows.forEach((row, i) => {
            const bar = Math.max(2, (width - labelWidth - 40) * row.value / max), y = i * rowHeight + 2;
            const label = row.label.length > 22 ? row.label.slice(0, 21) + "…" : row.label;
            svg += `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${esc(label)}</text>`
              + `<rect x="${labelWidth}" y="${y + 4}" width="${bar}" height="${rowHeight - 8}" rx="2"><title>${esc(row.label)}: ${row.value} ${unit}</title></rect>`
              + `<text x="${labelWidth + bar + 4}" y="${y + 15}">${row.value}</text>`;
          });
          element.innerHTML = svg + "</svg>";
        }

        const byValue = (a, b) => b.value - a.value || a.label.localeCompare(b.label);
        const partyNames = codes => codes.map(code => esc(names[code] || code)).join(" – ");

        async function loadFacets() {
          const [parties, topics, facets] = await Promise.all([
            getJSON("/parties"), getJSON("/topics"), getJSON("/commitments?limit=1&fields=id&facets=party,category")]);
          names = Object.fromEntries(parties.data.map(p => [p.party, p.name || p.party]));
          drawBars($("party-chart"), parties.data.map(p => ({label: p.name || p.party, value: p.commitments})).sort(byValue).slice(0, 12), "commitments");
          drawBars($("topic-chart"), topics.data.map(t => ({label: t.topic, value: t.agreements})).filter(r => r.value > 0).sort(byValue).slice(0, 12), "agreements");
          fillSelect($("f-party"), facets.facets.party, code => names[code] || code, state.party);
          fillSelect($("f-category"), facets.facets.category, c => c, state.category);
        }

        function fillSelect(select, counts, label, selected) {
          const options = Object.entries(counts || {}).sort((a, b) => label(a[0]).localeCompare(label(b[0])));
          if (selected && !counts?.[selected]) options.push([selected, 0]);
          select.innerHTML = `<option value="">all</option>` + options.map(([value, count]) =>
            `<option value="${esc(value)}"${value === selected ? " selected" : ""}>${esc(label(value))} (${count})</option>`).join("");
        }

        async function loadAgreements() {
          const list = await getJSON("/agreements?limit=200&sort=-date");
          agreements = new Map(list.data.map(a => [a.id, a]));
          $("agreement-total").textContent = `(${list.total})`;
          $("agreements").innerHTML = list.data.map(a => `
            <article class="card" lang="${esc(a.language)}">
              <h3>${esc(a.title)}</h3>
              <p><strong>${partyNames(a.parties)}</strong></p>
              <p class="muted">${esc(a.date || "date not stated")}${a.location ? " · " + esc(a.location) : ""}${a.sources.length > 1 ? ` · ${a.sources.length} reports` : ""}</p>
              ${a.signatories.length ? `<p>Signed by ${a.signatories.map(s => esc(s.name) + (s.role ? ` (${esc(s.role)})` : "")).join(", ")}</p>` : ""}
              <p>${a.topics.map(t => `<span class="tag">${esc(t)}</span>`).join("")}</p>
              <button type="button" data-agreement="${esc(a.id)}">${a.commitmentCount} commitment${a.commitmentCount === 1 ? "" : "s"}</button>
            </article>`).join("") || "<p>No agreements yet.</p>";
        }

        async function loadCommitments() {
          const params = new URLSearchParams({limit: "200"});
          for (const key of ["party", "category", "q", "agreement"]) if (state[key]) params.set(key, state[key]);
          const chip = $("f-agreement");
          const agreement = agreements.get(state.agreement);
          chip.hidden = !state.agreement;
          chip.textContent = state.agreement ? "Agreement: " + (agreement ? agreement.title : state.agreement) : "";
          let list;
          try {
            list = await getJSON("/commitments?" + params);
          } catch (error) {
            $("commitments").innerHTML = `<tr><td colspan="6">${esc(error.message)}</td></tr>`;
            $("commitment-total").textContent = "";
            return;
          }
          $("commitment-total").textContent = `(${list.total}${list.total > list.data.length ? ", first " + list.data.length + " shown" : ""})`;
          for (const c of list.data) commitments.set(c.id, c);
          $("commitments").innerHTML = list.data.map(c => {
            const language = agreements.get(c.agreementId)?.language || "";
            return `<tr>
              <td data-label="Parties">${partyNames(c.parties)}</td>
              <td data-label="Category">${esc(c.category)}</td>
              <td lang="${esc(language)}">${esc(c.text)}</td>
              <td data-label="Amount">${c.amount ? esc(c.amount.text) : ""}</td>
              <td data-label="Due">${esc(c.due || c.dueText || "")}</td>
              <td><button type="button" data-evidence="${esc(c.id)}">Evidence</button></td>
            </tr>`;
          }).join("") || `<tr><td colspan="6">No commitment matches these filters.</td></tr>`;
        }

        // "2026" is due by the end of 2026, "2026-04" by the end of April.
        const lastDay = due => /^\d{4}$/.test(due) ? due + "-12-31"
          : /^\d{4}-\d{2}$/.test(due) ? new Date(Date.UTC(+due.slice(0, 4), +due.slice(5, 7), 0)).toISOString().slice(0, 10)
          : due;

        async function loadDeadlines() {
          const list = await getJSON("/commitments?dueAfter=1900-01-01&sort=due&limit=500");
          for (const c of list.data) commitments.set(c.id, c);
          const today = new Date().toISOString().slice(0, 10);
          // The server's status, so the page and ?status= agree on what is due soon.
          const kind = c => ({overdue: "overdue", "due-soon": "soon"})[c.status] || "upcoming";
          const counts = {overdue: 0, soon: 0, upcoming: 0};
          for (const c of list.data) counts[kind(c)] += 1;
          $("deadline-summary").textContent = list.data.length
            ? `${counts.overdue} overdue, ${counts.soon} due soon, ${counts.upcoming} later (today is ${today}).`
            : "No commitment names a date yet.";
          drawTimeline(list.data, today, kind);
          const label = {overdue: "overdue", soon: "due soon", upcoming: "upcoming"};
          $("deadlines").innerHTML = list.data.map(c => `<li><span class="badge ${kind(c)}">${label[kind(c)]}</span>
            <time datetime="${esc(c.due)}">${esc(c.due)}</time> · ${partyNames(c.parties)}: ${esc(c.text.length > 140 ? c.text.slice(0, 139) + "…" : c.text)}
            <button type="button" data-evidence="${esc(c.id)}">Evidence</button></li>`).join("");
        }

        function drawTimeline(items, today, kind) {
          const element = $("timeline");
          if (!items.length) { element.innerHTML = ""; return; }
          const day = iso => Date.parse(lastDay(iso) + "T00:00:00Z") / 86400000;
          const first = Math.min(day(today), ...items.map(c => day(c.due))), last = Math.max(day(today), ...items.map(c => day(c.due)));
          const width = 800, left = 20, span = Math.max(last - first, 1);
          const x = d => left + (width - 2 * left) * (d - first) / span;
          let svg = `<svg viewBox="0 0 ${width} 70" role="img" aria-label="Deadlines from ${esc(items[0].due)} to ${esc(items[items.length - 1].due)}; today ${today}">`
            + `<line x1="${left}" y1="35" x2="${width - left}" y2="35" stroke-width="2"></line>`
            + `<line x1="${x(day(today))}" y1="12" x2="${x(day(today))}" y2="58" stroke-dasharray="3 3"></line>`
            + `<text x="${x(day(today))}" y="10" text-anchor="middle">today</text>`;
          items.forEach((c, i) => {
            svg += `<circle class="${kind(c)}" cx="${x(day(c.due))}" cy="${35 + (i % 3 - 1) * 8}" r="5"><title>${esc(c.due)}: ${esc(c.text)}</title></circle>`;
          });
          const firstYear = new Date(first * 86400000).getUTCFullYear(), lastYear = new Date(last * 86400000).getUTCFullYear();
          for (let year = firstYear + 1; year <= lastYear; year++) {
            const at = x(day(year + "-01-01"));
            svg += `<text x="${at}" y="68" text-anchor="middle">${year}</text>`;
          }
          element.innerHTML = svg + "</svg>";
        }

        async function showEvidence(id, trigger) {
          const commitment = commitments.get(id);
          if (!commitment) return;
          opener = trigger || document.activeElement;
          const article = await getJSON("/articles/" + encodeURIComponent(commitment.articleId));
          const characters = Array.from(article.text);   // offsets count code points, as the API does
          const {start, end} = commitment.evidence;
          const text = $("evidence-text");
          text.lang = article.language;
          text.innerHTML = esc(characters.slice(0, start).join("")) + `<mark id="evidence-mark">`
            + esc(characters.slice(start, end).join("")) + "</mark>" + esc(characters.slice(end).join(""));
          $("evidence-source").textContent = [article.title, article.publisher, article.published].filter(Boolean).join(" · ");
          const dialog = $("evidence");
          if (!dialog.open) dialog.showModal();
          $("evidence-mark").scrollIntoView({block: "center"});
          state.evidence = id;
          writeURL();
        }

        function closeEvidence() {
          const dialog = $("evidence");
          if (dialog.open) dialog.close();
        }

        async function refreshAll() {
          if (refreshing) { refreshAgain = true; return refreshing; }
          refreshing = (async () => {
            do {
              refreshAgain = false;
              try {
                await loadFacets();
                await loadAgreements();
                await Promise.all([loadCommitments(), loadDeadlines()]);
                if (!source || source.readyState !== EventSource.OPEN) setStatus("reconnecting", "reconnecting… (polling, data current)");
              } catch (error) {
                setStatus("stale", "stale since " + clock(lastContact));
              }
            } while (refreshAgain);
          })();
          await refreshing;
          refreshing = null;
        }

        function showCounts(event) {
          $("counts").textContent = `· ${event.articles} articles · ${event.agreements} agreements · ${event.commitments} commitments`;
        }

        // Live updates: the event stream when it is open, If-None-Match polling when it is not.
        function connect() {
          if (!window.EventSource) { startPolling(); return; }
          source = new EventSource("/events");
          source.addEventListener("open", () => { stopPolling(); setStatus("live", "live"); });
          source.addEventListener("version", event => {
            lastContact = new Date();
            setStatus("live", "live");
            const data = JSON.parse(event.data);
            showCounts(data);
            if (data.version !== shownVersion) { shownVersion = data.version; refreshAll(); }
          });
          source.addEventListener("error", () => {
            setStatus("reconnecting", "reconnecting…");
            startPolling();
            if (source.readyState === EventSource.CLOSED && !reopenTimer) {
              reopenTimer = setTimeout(() => { reopenTimer = null; connect(); }, 5000);
            }
          });
        }
        function startPolling() { if (!pollTimer) pollTimer = setInterval(refreshAll, 5000); }
        function stopPolling() { clearInterval(pollTimer); pollTimer = null; }

        function onFilterChange() {
          writeURL();
          loadCommitments();
        }

        document.addEventListener("DOMContentLoaded", () => {
          readURL();
          let typing = null;
          $("f-party").addEventListener("change", e => { state.party = e.target.value; onFilterChange(); });
          $("f-category").addEventListener("change", e => { state.category = e.target.value; onFilterChange(); });
          $("f-q").addEventListener("input", e => {
            clearTimeout(typing);
            typing = setTimeout(() => { state.q = e.target.value.trim(); onFilterChange(); }, 250);
          });
          $("filters").addEventListener("submit", e => e.preventDefault());
          $("f-clear").addEventListener("click", () => {
            Object.assign(state, {party: "", category: "", q: "", agreement: ""});
            $("f-q").value = "";
            $("f-party").value = "";
            $("f-category").value = "";
            onFilterChange();
          });
          document.addEventListener("click", e => {
            const button = e.target.closest("button");
            if (!button) return;
            if (button.dataset.evidence) showEvidence(button.dataset.evidence, button);
            if (button.dataset.agreement) {
              state.agreement = button.dataset.agreement;
              onFilterChange();
              $("commitments-heading").focus();
            }
          });
          $("evidence-close").addEventListener("click", closeEvidence);
          $("evidence").addEventListener("close", () => {
            state.evidence = "";
            writeURL();
            if (opener && opener.isConnected) opener.focus();
          });
          connect();
          refreshAll().then(() => { if (state.evidence) showEvidence(state.evidence); });
        });
        """#
}

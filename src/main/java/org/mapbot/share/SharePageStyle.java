package org.mapbot.share;

/** The share page's stylesheet: inline, because the page is served alone and must print well. */
final class SharePageStyle {

    private SharePageStyle() {
    }

    static final String CSS = """
            :root { --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --accent: #1d4ed8;
                    --done: #15803d; --open: #2563eb; --overdue: #b91c1c; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f3f4f6; color: var(--ink);
                   font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
            main { max-width: 1080px; margin: 32px auto; background: #fff; padding: 36px 44px;
                   border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
            .kicker { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .06em; text-transform: uppercase; }
            h1 { margin: 4px 0 20px; font-size: 28px; line-height: 1.25; overflow-wrap: anywhere; }
            h2 { margin: 32px 0 12px; font-size: 18px; }
            .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px 24px; margin: 0; }
            .facts div { border-left: 3px solid var(--line); padding-left: 12px; }
            .facts dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
            .facts dd { margin: 2px 0 0; font-weight: 600; overflow-wrap: anywhere; }
            .progress { margin-top: 24px; }
            .progress-label { display: flex; justify-content: space-between; font-size: 14px; margin-bottom: 6px; }
            .bar { height: 14px; border: 1px solid #9ca3af; border-radius: 7px; background: #fff; overflow: hidden; }
            .bar span { display: block; height: 100%; background: var(--done); }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600;
                     border: 1px solid currentColor; white-space: nowrap; }
            .badge.overdue { color: var(--overdue); }
            .badge.done { color: var(--done); }
            .badge.cancelled { color: var(--muted); }
            .badge.open { color: var(--open); }
            .commitment ul { margin: 0 0 8px; padding-left: 20px; }
            .mark { display: block; white-space: normal; font-size: 12px; font-weight: 600; }
            .mark.agreed { color: var(--done); }
            .mark.unilateral { color: var(--overdue); }
            .mark.proposed { color: #374151; font-weight: 400; }
            .timeline { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 8px; }
            .note { color: var(--muted); font-size: 13px; }
            table { width: 100%; border-collapse: collapse; font-size: 14px; }
            th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
            th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
            td { overflow-wrap: anywhere; }
            td.num, td.date { white-space: nowrap; }
            tr.is-overdue td { background: #fef2f2; }
            tr.is-cancelled td { color: var(--muted); text-decoration: line-through; }
            tr.is-cancelled td.status { text-decoration: none; }
            footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
            @media print {
              @page { margin: 14mm; }
              body { background: #fff; font-size: 11pt; }
              main { margin: 0; padding: 0; box-shadow: none; max-width: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              tr, .timeline { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;
}

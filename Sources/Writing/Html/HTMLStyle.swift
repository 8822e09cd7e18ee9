/// The report's only stylesheet, inlined: no fonts, scripts or images are fetched. Changes are shown by
/// underline and strike-through as well as colour, so they survive colour blindness and black-and-white print.
enum HTMLStyle {
    static let css = """
        :root { --ins: #dafbe1; --ins-ink: #0a5a1e; --del: #ffe4e6; --del-ink: #8e1023; --move: #e0ecff; --move-ink: #0b3d91; \
        --rule: #d0d7de; --muted: #57606a; }
        * { box-sizing: border-box; }
        body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; color: #111; \
        max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        body.side-by-side { max-width: 96rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        header p, .legend { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
        table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: .85rem; }
        th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; }
        .files td:nth-child(n+3), .map td.num { text-align: right; font-variant-numeric: tabular-nums; }
        ul.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; font-family: system-ui, sans-serif; }
        ul.counts li { border: 1px solid var(--rule); border-radius: .4rem; padding: .3rem .7rem; }
        ul.counts b { font-size: 1.1rem; margin-right: .3rem; }
        .map { width: 100%; }
        .map tr.unchanged td { color: var(--muted); }
        .map a { color: inherit; }
        ins { text-decoration: underline; text-decoration-thickness: 2px; background: var(--ins); color: var(--ins-ink); }
        del { text-decoration: line-through; text-decoration-thickness: 2px; background: var(--del); color: var(--del-ink); }
        ins.moved, del.moved { background: var(--move); color: var(--move-ink); }
        ins.moved { text-decoration-style: double; }
        ins.mark, del.mark { font-family: system-ui, sans-serif; padding: 0 .15rem; }
        mark.flag { background: #fff3b0; outline: 2px dashed #9a6700; }
        .doc div.para { white-space: normal; }
        table.draft-table td, table.draft-table th { white-space: pre-wrap; }
        .doc .para { white-space: pre-wrap; margin: 0 0 .8rem; padding: .2rem .5rem; border-left: 4px solid transparent; }
        .doc .para:target { outline: 2px solid #0969da; }
        .doc .k-modified { border-left-color: #bf8700; }
        .doc .k-inserted { border-left-color: var(--ins-ink); }
        .doc .k-deleted { border-left-color: var(--del-ink); }
        .doc .k-moved, .doc .k-split, .doc .k-merged { border-left-color: var(--move-ink); }
        .doc .b-title { text-align: center; font-weight: bold; }
        .doc .b-heading { font-weight: bold; margin-top: 1.4rem; }
        .doc .b-preamble, .doc .b-operative-marker { text-indent: 2.5rem; }
        .doc .sub { margin-left: 2.5rem; }
        .label { font-weight: bold; margin-right: .4rem; }
        .was { color: var(--muted); font-family: system-ui, sans-serif; font-size: .75rem; margin-right: .4rem; }
        .badge { display: inline-block; font-family: system-ui, sans-serif; font-size: .72rem; white-space: nowrap; \
        border: 1px solid currentColor; border-radius: .3rem; padding: 0 .3rem; margin-right: .4rem; color: var(--move-ink); }
        .badge.inserted { color: var(--ins-ink); } .badge.deleted { color: var(--del-ink); } .badge.flag { color: #9a6700; }
        .badge.note { color: var(--muted); }
        table.draft-table { margin: .2rem 0 .8rem; }
        table.sbs { width: 100%; table-layout: fixed; font-family: inherit; font-size: inherit; }
        table.sbs td { width: 50%; white-space: pre-wrap; }
        table.sbs td.empty { background: #f6f8fa; }
        .footnotes ol { padding-left: 1.5rem; font-size: .92rem; }
        .footnotes li { white-space: pre-wrap; }
        sup.fn a { text-decoration: none; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          a { color: inherit; text-decoration: none; }
          ins, del, ins.moved, del.moved { background: none; color: inherit; }
          .map-section { break-after: page; }
          .para, tr { break-inside: avoid; }
        }
        """
}

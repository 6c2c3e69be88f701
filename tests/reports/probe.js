// Measures an HTML report as the browser rendered it; browser_check.sh injects this into a copy
// of the report (the reports themselves have no script) and check_probe.py reads the result,
// which it appends to the page as <pre id="corridor-probe">JSON</pre>.
(function () {
  const out = {errors: []};
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top, r.width, r.height];
  };
  const visible = (el) => getComputedStyle(el).visibility === 'visible' &&
                          getComputedStyle(el).display !== 'none';
  const titleOf = (el) => {
    const t = el.querySelector(':scope > title');
    return t ? t.textContent : '';
  };
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width &&
                             a.y < b.y + b.height && b.y < a.y + a.height;
  /** Text elements of an SVG that stick out of it, and pairs that overlap, as laid out on the
   *  page (rotation included), in CSS pixels. */
  const textFit = (svg, selector) => {
    const frame = svg.getBoundingClientRect();
    const texts = Array.from(svg.querySelectorAll(selector));
    const boxes = texts.map((t) => {
      const r = t.getBoundingClientRect();
      return {x: r.left, y: r.top, width: r.width, height: r.height};
    });
    const outside = [];
    const overlapping = [];
    // Less a pixel each way: glyph boxes of neighbouring lines touch.
    const shrink = (r) => ({x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2});
    boxes.forEach((b, i) => {
      if (b.x < frame.left - 0.5 || b.y < frame.top - 0.5 || b.x + b.width > frame.right + 0.5 ||
          b.y + b.height > frame.bottom + 0.5) {
        outside.push(texts[i].textContent);
      }
      for (let k = 0; k < i; ++k) {
        if (overlaps(shrink(boxes[k]), shrink(b))) {
          overlapping.push(texts[k].textContent + ' / ' + texts[i].textContent);
        }
      }
    });
    return {count: boxes.length, names: texts.map((t) => t.textContent), outside: outside,
            overlapping: overlapping};
  };
  try {
    out.resources = performance.getEntriesByType('resource').map((e) => e.name);
    out.external = document.querySelectorAll(
        '[src], link, iframe, object, embed, script:not(#corridor-probe-script)').length;
    const map = document.querySelector('svg#map');
    if (map) {
      const m = {box: box(map)};
      m.land = map.querySelector('path.land').getTotalLength();
      const links = Array.from(map.querySelectorAll('path.link'));
      m.links = links.length;
      m.links_drawn = links.filter((l) => l.getTotalLength() > 0 && visible(l) &&
                                          getComputedStyle(l).stroke !== 'none').length;
      m.links_closed = map.querySelectorAll('path.link.closed').length;
      m.places = {};
      map.querySelectorAll('.place').forEach((p) => {
        const b = p.getBBox();
        m.places[titleOf(p).split(' (')[0]] = [b.x + b.width / 2, b.y + b.height / 2];
      });
      m.labels = textFit(map, '.labels text');
      m.marks = map.querySelectorAll('.mark').length;
      m.marks_drawn = Array.from(map.querySelectorAll('.mark'))
                          .filter((k) => k.getBBox().width > 0 && visible(k)).length;
      m.badges = Array.from(map.querySelectorAll('.badge text')).map((t) => t.textContent);
      const routes = Array.from(map.querySelectorAll('path.route'));
      const describe = (r) => {
        const n = r.getTotalLength();
        const a = r.getPointAtLength(0);
        const z = r.getPointAtLength(n);
        return {cls: r.getAttribute('class'), title: titleOf(r), length: n,
                start: [a.x, a.y], end: [z.x, z.y]};
      };
      m.routes = routes.length;
      m.routes_empty = routes.filter((r) => !(r.getTotalLength() > 0)).length;
      m.shown = routes.filter(visible).map(describe);
      // The picker is CSS only: checking a radio button must change what the map shows.
      const picks = Array.from(document.querySelectorAll('input.pick'));
      m.picks = picks.length;
      m.picked = {};
      picks.forEach((input) => {
        input.checked = true;
        m.picked[input.id] = routes.filter(visible).map((r) => r.getAttribute('class'));
      });
      document.getElementById('pick-all').checked = true;
      out.map = m;
    }
    out.charts = Array.from(document.querySelectorAll('svg.chart')).map((svg) => ({
      id: svg.id,
      cls: svg.getAttribute('class'),
      box: box(svg),
      points: svg.querySelectorAll('.points circle').length,
      bars: svg.querySelectorAll('.histogram rect').length,
      bars_drawn: Array.from(svg.querySelectorAll('.histogram rect'))
                      .filter((r) => r.getBBox().height > 0).length,
      cdf: svg.querySelector('path.cdf') ? svg.querySelector('path.cdf').getTotalLength() : 0,
      markers: Array.from(svg.querySelectorAll('.markers text')).map((t) => t.textContent),
      tail: svg.querySelector('.tail') ? svg.querySelector('.tail').textContent : '',
      segments: svg.querySelectorAll('.stacks rect').length,
      ranked: Array.from(svg.querySelectorAll('.bars rect')).map((r) => ({
        cls: r.getAttribute('class'), width: r.getBBox().width})),
      series: Array.from(svg.querySelectorAll('.lines path')).map((p) => p.getTotalLength()),
      text: textFit(svg, 'text'),
    }));
    out.tables = document.querySelectorAll('table').length;
    out.height = document.documentElement.scrollHeight;
  } catch (e) {
    out.errors.push(String(e && e.stack ? e.stack : e));
  }
  const pre = document.createElement('pre');
  pre.id = 'corridor-probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();

// Converts Natural Earth TopoJSON (npm package world-atlas) into src/report/basemap_data.cpp:
// land polygons and country borders, clipped to a longitude/latitude box, simplified and
// quantised to hundredths of a degree. Run by tools/basemap/build.sh; see docs/reports.md.
//   node convert.js LAND.json COUNTRIES.json VERSION > basemap_data.cpp
'use strict';
const fs = require('fs');
const topojson = require('topojson-client');

// The box the base map covers: Western Europe to the Yellow Sea, the Sahara to the Arctic
// coast, with room around every shipped scenario's places.
const box = {west: -15, east: 135, south: 15, north: 72};
const kTolerance = 6;  // Douglas-Peucker tolerance, hundredths of a degree (0.06 deg, ~6 km)
const kMinRingArea = 400;  // square hundredths of a degree (0.04 deg2): smaller islands go

const [landPath, countriesPath, version] = process.argv.slice(2);
const land = JSON.parse(fs.readFileSync(landPath, 'utf8'));
const countries = JSON.parse(fs.readFileSync(countriesPath, 'utf8'));

function inside(p) {
  return p[0] >= box.west && p[0] <= box.east && p[1] >= box.south && p[1] <= box.north;
}

// Sutherland-Hodgman: a ring clipped to the box stays a closed ring (its cut edges run along
// the box, where the map frame hides them).
function clipRing(ring) {
  const at = (a, b, t) => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  const planes = [
    [p => p[0] >= box.west, (a, b) => at(a, b, (box.west - a[0]) / (b[0] - a[0]))],
    [p => p[0] <= box.east, (a, b) => at(a, b, (box.east - a[0]) / (b[0] - a[0]))],
    [p => p[1] >= box.south, (a, b) => at(a, b, (box.south - a[1]) / (b[1] - a[1]))],
    [p => p[1] <= box.north, (a, b) => at(a, b, (box.north - a[1]) / (b[1] - a[1]))],
  ];
  let pts = ring.slice(0, -1);
  for (const [keep, cut] of planes) {
    const out = [];
    for (let i = 0; i < pts.length; ++i) {
      const cur = pts[i];
      const prev = pts[(i + pts.length - 1) % pts.length];
      if (keep(cur)) {
        if (!keep(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (keep(prev)) {
        out.push(cut(prev, cur));
      }
    }
    pts = out;
    if (pts.length === 0) break;
  }
  return pts;
}

// Open lines keep the runs of points inside the box, plus one point beyond each end so that
// they reach the frame.
function clipLine(line) {
  const runs = [];
  let run = [];
  for (let i = 0; i < line.length; ++i) {
    const near = inside(line[i]) || (i > 0 && inside(line[i - 1])) ||
                 (i + 1 < line.length && inside(line[i + 1]));
    if (near) {
      run.push(line[i]);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const quantise = pts => pts.map(p => [Math.round(p[0] * 100), Math.round(p[1] * 100)]);

function dedupe(pts) {
  return pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
}

function simplify(pts, tolerance) {
  if (pts.length < 3) return pts;
  const keep = new Array(pts.length).fill(false);
  keep[0] = keep[pts.length - 1] = true;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let far = -1, farthest = 0;
    for (let i = a + 1; i < b; ++i) {
      const [px, py] = pts[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay)
                          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > farthest) { farthest = d; far = i; }
    }
    if (farthest > tolerance) {
      keep[far] = true;
      stack.push([a, far], [far, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

function area(ring) {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; ++i) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return Math.abs(s) / 2;
}

function landRings() {
  let shape = topojson.feature(land, land.objects.land);
  if (shape.type === 'FeatureCollection') shape = shape.features[0];
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates]
                                                     : shape.geometry.coordinates;
  const rings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const clipped = clipRing(ring);
      if (clipped.length < 3) continue;
      let q = dedupe(quantise(clipped));
      q.push(q[0]);
      q = simplify(q, kTolerance);
      if (q.length >= 4 && area(q) >= kMinRingArea) rings.push(q);
    }
  }
  return rings;
}

function borderLines() {
  const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
  const lines = [];
  for (const line of mesh.coordinates) {
    for (const run of clipLine(line)) {
      const q = simplify(dedupe(quantise(run)), kTolerance);
      if (q.length >= 2) lines.push(q);
    }
  }
  return lines;
}

function emit(name, shapes, what) {
  const numbers = [];
  const starts = [0];
  for (const s of shapes) {
    for (const p of s) numbers.push(p[0], p[1]);
    starts.push(starts[starts.length - 1] + s.length);
  }
  const rows = (values, perRow) => {
    const out = [];
    for (let i = 0; i < values.length; i += perRow) {
      out.push('    ' + values.slice(i, i + perRow).join(', ') + ',');
    }
    return out.join('\n');
  };
  return `// ${what}: ${shapes.length} shapes, ${numbers.length / 2} points.
constexpr std::array<std::int16_t, ${numbers.length}> k${name}Points{{
${rows(numbers, 14)}
}};
constexpr std::array<std::uint32_t, ${starts.length}> k${name}Starts{{
${rows(starts, 12)}
}};`;
}

const rings = landRings();
const lines = borderLines();
process.stdout.write(`// Generated by tools/basemap/build.sh from Natural Earth 1:50m physical and cultural data
// (npm package world-atlas ${version}); do not edit. Natural Earth is in the public domain
// (https://www.naturalearthdata.com/about/terms-of-use/). Coordinates are longitude, latitude
// pairs in hundredths of a degree, clipped to longitudes ${box.west}..${box.east} and latitudes
// ${box.south}..${box.north}, simplified to ${kTolerance / 100} degrees.

#include <array>
#include <cstdint>

#include "report/basemap.hpp"

namespace corridor::report::detail::basemap {

namespace {

// clang-format off
${emit('Land', rings, 'land polygons (outer rings and lakes), closed')}

${emit('Border', lines, 'country borders on land, open lines')}
// clang-format on

}  // namespace

Layer land() {
  return {kLandPoints, kLandStarts};
}

Layer borders() {
  return {kBorderPoints, kBorderStarts};
}

Box coverage() {
  return {${box.west}, ${box.east}, ${box.south}, ${box.north}};
}

}  // namespace corridor::report::detail::basemap
`);

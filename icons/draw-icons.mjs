// Draws the toolbar icons as PNGs with no image library: shapes are signed-distance tests,
// anti-aliased by 4x4 supersampling, written with node:zlib. Run `node icons/draw-icons.mjs`
// after changing a colour or shape; the PNGs it writes are committed and copied by build.mjs.
//   icon-<size>.png           the normal state (slate page)
//   icon-detected-<size>.png  "article detected" (blue page with a green check badge)
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside test for a rounded rectangle in unit coordinates. */
function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function circle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const CLEAR = [0, 0, 0, 0];

/** The colour at one sample point; later shapes paint over earlier ones. */
function paint(x, y, detected) {
  const tile = hex(detected ? '#1864ab' : '#495366');
  const paper = hex('#ffffff');
  let colour = CLEAR;
  if (roundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) colour = tile;
  if (roundRect(x, y, 0.24, 0.16, 0.76, 0.84, 0.05)) colour = paper;
  const lines = [[0.3, 0.66], [0.41, 0.66], [0.52, 0.66], [0.63, 0.52]];
  for (const [ly, right] of lines) {
    if (y >= ly && y <= ly + 0.055 && x >= 0.33 && x <= right) colour = tile;
  }
  if (detected) {
    if (circle(x, y, 0.74, 0.74, 0.25)) colour = paper;
    if (circle(x, y, 0.74, 0.74, 0.2)) colour = hex('#2f9e44');
    const tick = Math.min(segment(x, y, 0.64, 0.75, 0.71, 0.82), segment(x, y, 0.71, 0.82, 0.85, 0.66));
    if (tick <= 0.035 && circle(x, y, 0.74, 0.74, 0.2)) colour = paper;
  }
  return colour;
}

function draw(size, detected) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, detected);
          // Premultiply so transparent samples do not darken the edges.
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      }
      const alpha = sum[3] / (SAMPLES * SAMPLES);
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
      rgba[o + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, rgba);
}

for (const size of SIZES) {
  writeFileSync(new URL(`./icon-${size}.png`, import.meta.url), draw(size, false));
  writeFileSync(new URL(`./icon-detected-${size}.png`, import.meta.url), draw(size, true));
}

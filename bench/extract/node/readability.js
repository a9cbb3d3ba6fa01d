// Times Mozilla Readability (with jsdom) over the pages of a WCXB-layout folder, the same way
// KabarBench times Kabar: pages are read and unpacked first (not timed), a few warm the JIT,
// then every page of this shard is parsed and extracted. Prints one line:
//   readability pages=N seconds=S cpu=CPU_SECONDS chars=C
// Usage: node readability.js DIR [SHARD SHARDS]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [dir, shardArg, shardsArg] = process.argv.slice(2);
const shard = Number(shardArg || 0);
const shards = Number(shardsArg || 1);
const htmlDir = path.join(dir, 'html');
const files = fs.readdirSync(htmlDir).filter(f => /\.html(\.gz)?$/.test(f)).sort()
  .filter((_, i) => i % shards === shard);

const pages = files.map(f => {
  const bytes = fs.readFileSync(path.join(htmlDir, f));
  const html = (f.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
  const id = f.replace(/\.html(\.gz)?$/, '');
  let url = 'https://example.com/';
  try { url = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth', id + '.json'), 'utf8')).url || url; } catch (e) { }
  return { html, url };
});

const quiet = new VirtualConsole();
function extract(page) {
  try {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article && article.textContent ? article.textContent.length : 0;
  } catch (e) {
    return 0;
  }
}

for (const page of pages.slice(0, 10)) extract(page);
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let chars = 0;
for (const page of pages) chars += extract(page);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpuStart);
const cpu = (used.user + used.system) / 1e6;
console.log(`readability pages=${pages.length} seconds=${seconds.toFixed(3)} cpu=${cpu.toFixed(3)} chars=${chars}`);

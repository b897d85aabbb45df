// Fails the build when dist/index.html holds something our Content-Security-Policy
// (script-src 'self'; style-src 'self') would refuse: inline scripts, <style>
// elements, style attributes or inline event handlers.
import { readFileSync } from "node:fs";

const file = new URL("../dist/index.html", import.meta.url);
const html = readFileSync(file, "utf8");
const problems = [];

for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attributes = "", body = ""] = match;
  if (!/\bsrc\s*=/.test(attributes) || body.trim() !== "") problems.push(`inline script: ${match[0].slice(0, 80)}`);
}
if (/<style\b/i.test(html)) problems.push("<style> element");
if (/\sstyle\s*=/i.test(html)) problems.push("style attribute");
if (/\son[a-z]+\s*=/i.test(html)) problems.push("inline event handler");

if (problems.length > 0) {
  console.error(`dist/index.html breaks the Content-Security-Policy:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("dist/index.html: no inline script or style (CSP-safe).");

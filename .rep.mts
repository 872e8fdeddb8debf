import { analyze } from '/work/main/src/core/index.ts';
const BROADCAST =
  'We are thrilled to announce our award-winning, industry-leading platform. Our cutting-edge technology is the best in class. Act now, this offer ends Friday!!!';
const DIALOGUE =
  'Hi Maya, thanks for asking about the slides. Which part of the webinar was most useful for your team? I can send the deck and a two-minute summary of the pricing section if that helps.';
for (const t of [BROADCAST, DIALOGUE]) { const r = analyze(t, {channel:'email'}); console.log(JSON.stringify({score:r.score, verdict:r.verdict, dims:r.dimensions, noise:r.noise, findings:r.findings.map(f=>({rule:f.rule,cat:f.category,msg:f.message,pts:f.points,sev:f.severity,text:t.slice(f.start,f.end),sugg:f.suggestions}))}, null, 1)); }
console.log(JSON.stringify(analyze('Hi there'),null,1));
console.log(JSON.stringify(analyze('Bonjour, je voudrais savoir si vous avez reçu mon message concernant la réunion de demain.').status));

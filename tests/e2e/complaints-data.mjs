// A project with `n` complaints spread over 2026, for screenshots and benches.
const CATS = ['Late delivery', 'Billing error', 'Staff attitude', 'Long wait', 'Product fault', 'Policy'];
const CHANNELS = ['phone', 'email', 'web_form', 'chat', 'letter'];
const WORDS = 'parcel late driver doorstep refund invoice charged twice rude waited hold queue broken damaged policy returns address missed slot'.split(' ');
export function complaints(n, seed = 7) {
  let s = seed;
  const r = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out = [];
  const start = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2026, 11, 1) - start;
  for (let i = 0; i < n; i++) {
    const t = new Date(start + Math.floor((i / n) * span));
    const received = t.toISOString().slice(0, 16) + ':00';
    const cat = CATS[Math.floor(r() ** 1.6 * CATS.length)];
    const words = Array.from({ length: 14 }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
    const c = { id: `n${i.toString(16).padStart(16, '0')}`, received, channel: CHANNELS[Math.floor(r() * CHANNELS.length)],
      category: cat, summary: `${cat}: ${words}`, customer: `ACC-${String(10000 + Math.floor(r() * 5000))}`, severity: ['low', 'medium', 'high'][Math.floor(r() * 3)] };
    const age = (Date.UTC(2026, 11, 1) - t.getTime()) / 86400000;
    if (age > 20 || r() < 0.3) {
      const d = new Date(t.getTime() + (2 + Math.floor(r() * 30)) * 86400000);
      c.closed = d.toISOString().slice(0, 10);
      c.first_contact = r() < 0.6; c.upheld = r() < 0.5;
    }
    out.push(c);
  }
  return out;
}
export function project(n) {
  return { id: 'p1', name: 'Customer complaints 2026', description: '', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z', complaints: complaints(n) };
}

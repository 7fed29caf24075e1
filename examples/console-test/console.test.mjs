// Drives the live call console in headless Debian chromium: starts a simulated call, waits until it ended, reads
// the transcript, the tool calls and the cost ticker, and takes a screenshot. Prints one JSON line for
// LiveCallConsoleIT. Usage: node console.test.mjs <console url> <screenshot.png>
import { chromium } from 'playwright-core';

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node console.test.mjs <console url> <screenshot.png>');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'live', null,
    { timeout: 15000 });
  await page.click('#start');
  // live first (the call shows up while it runs), then ended with the final account
  await page.waitForSelector('#calls td.state.live', { timeout: 20000 });
  const sawLiveTranscript = await page.waitForSelector('#transcript .line.user', { timeout: 30000 })
    .then(() => true);
  await page.waitForSelector('#calls td.state.ended', { timeout: 60000 });

  const result = await page.evaluate(() => ({
    transcript: [...document.querySelectorAll('#transcript .line')].map((l) => ({
      role: l.classList.contains('user') ? 'user' : 'assistant',
      text: l.lastChild.textContent,
    })),
    tools: [...document.querySelectorAll('#tools .tool')].map((t) => t.textContent),
    ticker: document.getElementById('ticker').textContent,
    tickerExact: document.getElementById('ticker').title,
    calls: [...document.querySelectorAll('#calls tr')].map((r) => [...r.cells].map((c) => c.textContent)),
  }));
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ ...result, sawLiveTranscript, errors }));
} finally {
  await browser.close();
}

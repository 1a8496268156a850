// Prints a page of this server to PDF with headless Chromium, as the requester sees it: the browser
// carries their session and language cookies. The page is fetched from the server's own origin (the
// origin of the request, or ORIGIN behind a proxy), so the server must be able to reach that address
// itself; a proxy that only answers from outside makes the PDF fail with 500.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { Refusal } from '../../refusal';
import { printLimitsFrom, printQueue, type PrintQueue } from './print-queue';

/** Chromium is not installed, or would not start: the PDF cannot be made on this machine. */
const pdfUnavailable = (message: string) => new Refusal(503, 'pdf_unavailable', message);

export type PrintRequest = {
	/** Absolute address of the page to print. */
	url: string;
	/** Cookies the page is asked with (session, language). */
	cookies: { name: string; value: string }[];
	/** Shown at the top of every page, beside nothing else. */
	header: string;
	/** How the footer says "page 3 of 9": `{page}` and `{pages}` are filled in by Chromium. */
	pageOf: string;
};

const LAUNCH_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'];
const PAGE_TIMEOUT_MS = 60_000;

function executablePath(): string {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function launch(): Promise<Browser> {
	const path = executablePath();
	if (!existsSync(path)) {
		throw pdfUnavailable(`Chromium was not found at ${path}; set CHROMIUM_PATH to print PDFs`);
	}
	try {
		return await chromium.launch({ executablePath: path, headless: true, args: LAUNCH_ARGS });
	} catch (error) {
		throw pdfUnavailable(`Chromium at ${path} did not start: ${(error as Error).message}`);
	}
}

// One line for the whole process: it bounds the Chromiums this server runs, whoever asks.
let queue: PrintQueue | undefined;

async function print({ url, cookies, header, pageOf }: PrintRequest): Promise<Uint8Array> {
	const browser = await launch();
	try {
		const context = await browser.newContext();
		await context.addCookies(cookies.map((cookie) => ({ ...cookie, url })));
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
		if (!response?.ok()) throw new Error(`The print page answered ${response?.status() ?? 'nothing'}`);
		// Web fonts load when text first uses them, which can be after the load event.
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const small = 'font-family: sans-serif; font-size: 8px; color: #5b6b70; width: 100%; padding: 0 14mm;';
		const count = escapeHtml(pageOf)
			.replace('{page}', '<span class="pageNumber"></span>')
			.replace('{pages}', '<span class="totalPages"></span>');
		const pdf = await page.pdf({
			format: 'A4',
			printBackground: true,
			preferCSSPageSize: true,
			displayHeaderFooter: true,
			headerTemplate: `<div style="${small}">${escapeHtml(header)}</div>`,
			footerTemplate: `<div style="${small} text-align: right;">${count}</div>`,
			margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' }
		});
		return new Uint8Array(pdf);
	} finally {
		await browser.close();
	}
}

/**
 * The page at `url` as a PDF; refuses 503 `pdf_unavailable` when there is no Chromium to print with and
 * 503 `busy` when the line of prints is full (see print-queue.ts).
 */
export function printPdf(request: PrintRequest): Promise<Uint8Array> {
	queue ??= printQueue(printLimitsFrom(process.env));
	return queue.run(() => print(request));
}

// Reads a PDF back as text with pdf.js (its Node build): each page's text runs, as a person copying
// the text out of the file would get them.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text runs of each page, in order. */
export async function pdfPages(bytes: Uint8Array): Promise<string[][]> {
	const document = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
	try {
		const pages: string[][] = [];
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const content = await page.getTextContent();
			pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item.str] : [])));
		}
		return pages;
	} finally {
		await document.destroy();
	}
}

/** A page's runs as one line of text with single spaces, for "does it say X" checks. */
export function pageText(runs: string[]): string {
	return runs.join(' ').replace(/\s+/g, ' ');
}

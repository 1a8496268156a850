// The downloaded summary file: its name (`workshop-<date>-<slug>.md`) and the response carrying it.
import type { WorkshopSummary } from '../../plan/workshop';

/** Words of `text` in lower case joined by hyphens, any script; '' when it has no letters or digits. */
function slug(text: string, ascii: boolean): string {
	const letters = ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu;
	return text
		.toLowerCase()
		.normalize('NFKC')
		.replace(letters, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

/**
 * The file's name: an ASCII one every client takes (the workshop id stands in for a title in
 * another script) and the same name in the title's own words for clients that read RFC 6266's
 * `filename*`.
 */
export function summaryFilename(summary: WorkshopSummary, ext: 'md' | 'json') {
	const day = summary.startedAt.slice(0, 10);
	const ascii = slug(summary.title, true) || summary.id.toLowerCase();
	const own = slug(summary.title, false) || ascii;
	return { ascii: `workshop-${day}-${ascii}.${ext}`, own: `workshop-${day}-${own}.${ext}` };
}

/** The summary as a download. */
export function summaryDownload(body: string, type: string, name: { ascii: string; own: string }): Response {
	const disposition =
		name.own === name.ascii
			? `attachment; filename="${name.ascii}"`
			: `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.own)}`;
	return new Response(body, {
		headers: {
			'content-type': type,
			'content-disposition': disposition,
			'cache-control': 'no-store'
		}
	});
}

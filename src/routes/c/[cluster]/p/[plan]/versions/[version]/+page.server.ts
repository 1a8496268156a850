import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// A version opens on its map, as the live plan does.
export const load: PageServerLoad = ({ params }) =>
	redirect(307, `/c/${params.cluster}/p/${params.plan}/versions/${params.version}/map`);

// Development door: attaches the same collaboration server to Vite's dev server, so `npm run dev`
// co-edits too. The server code is loaded through Vite's SSR loader when the dev server starts, so
// `vite build`, vitest and the config bundle never load it or open the database. The storage is
// opened once here and handed to SvelteKit's hooks, as server/index.ts does in production.
import type { Plugin } from 'vite';
import type * as Database from '../../src/lib/server/db';
import type * as Collab from './index';

/** Vite plugin serving /collab/<planId> websockets and GET /api/health in `vite dev`. */
export function collabDevServer(): Plugin {
	return {
		name: 'clusterplan-collab',
		apply: 'serve',
		async configureServer(server) {
			// vitest and middleware mode have no HTTP server of their own to attach to.
			const httpServer = server.httpServer;
			if (!httpServer || process.env.VITEST) return;
			const { appStorage } = (await server.ssrLoadModule('/src/lib/server/db/index.ts')) as typeof Database;
			const { createCollabServer } = (await server.ssrLoadModule('/server/collab/index.ts')) as typeof Collab;
			const collab = await createCollabServer(await appStorage());
			// A false return leaves every other upgrade (Vite's HMR socket) to Vite.
			httpServer.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
			server.middlewares.use((req, res, next) => {
				if (!collab.handleHttp(req, res)) next();
			});
			httpServer.on('close', () => void collab.close());
		}
	};
}

// Long work on one request (a large import) runs in slices; between slices this lets every other
// request and socket message waiting on the event loop run first.

/** Resolves after the events already waiting have been handled. */
export function letOthersIn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

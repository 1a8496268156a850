// The checks of a large cluster file run in slices (a document, a few thousand values); between
// slices this lets every other request and socket message waiting on the event loop run first.

/** Resolves after the events already waiting have been handled. */
export function letOthersIn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

// The content script's PageBackend over the typed message API: every read and write goes to the
// background, which owns the database in the extension's origin.
import { sendRequest } from '../messaging/send-to-background';
import type { ResponseOf, MessageType } from '../messaging/background-messages';
import { ANCHORING_VERSION } from '../anchoring/types';
import { BackendError, type PageBackend, type NewAnnotation } from './page-backend';

function unwrap<K extends MessageType>(response: ResponseOf<K>) {
  if (response.ok) return response.data;
  throw new BackendError(response.error.message);
}

function withVersion(a: NewAnnotation) {
  return { ...a, anchoringVersion: ANCHORING_VERSION };
}

export function createMessageBackend(): PageBackend {
  return {
    async recordVisit(visit) {
      unwrap(await sendRequest('page/visit', visit));
    },
    async loadAnnotations(url) {
      return unwrap(await sendRequest('annotations/for-page', { url }));
    },
    async trackedAnnotationIds(url) {
      return unwrap(await sendRequest('annotations/tracked-for-page', { url }));
    },
    async createAnnotation(input) {
      return unwrap(await sendRequest('annotation/create', withVersion(input)));
    },
    async trackTask(input) {
      const tracked = unwrap(
        await sendRequest('task/track', {
          source: { annotation: withVersion(input.annotation) },
          text: input.text,
          issuer: input.issuer,
          assignees: input.assignees,
          deadline: input.deadline,
        }),
      );
      return { task: tracked.task, annotation: tracked.annotation };
    },
    async openSidePanel(focusAnnotationId) {
      return unwrap(await sendRequest('ui/open-side-panel', { focusAnnotationId }));
    },
    async citedIn({ symbol, date }, articleUrl) {
      const response = await sendRequest('register/cited-in', { symbol, date, articleUrl });
      return response.ok ? response.data.articles : null;
    },
    async disabledKinds() {
      return unwrap(await sendRequest('settings/get', {})).hiddenKinds;
    },
  };
}

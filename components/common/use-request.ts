// Runs requests to the background and keeps the last failure as a message in the reader's language.
import { useState } from 'preact/hooks';
import { localise, type Lang } from '../../utils/i18n/lang';
import type { Response } from '../../utils/messaging/background-messages';

export interface RequestRunner {
  error: string | null;
  /** The response's data, or null after showing its failure. */
  run<T>(request: Promise<Response<T>>): Promise<T | null>;
  showError(message: string | null): void;
}

export function useRequest(lang: Lang): RequestRunner {
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    async run<T>(request: Promise<Response<T>>): Promise<T | null> {
      const response = await request;
      if (response.ok) {
        setError(null);
        return response.data;
      }
      setError(localise(response.error.message, lang));
      return null;
    },
    showError: setError,
  };
}

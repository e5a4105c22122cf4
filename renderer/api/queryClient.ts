// The desk's cache of server replies (TanStack Query): a list several screens show is asked for once
// and shared, and asked again when it changes — here, or on another desk (the change stream).
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  // A failed call answers with its own Hebrew error; the screens decide whether to ask again. What
  // is asked again, and when, follows the change stream (liveQueries), not focus or reconnection.
  defaultOptions: {
    queries: { retry: false, staleTime: 5 * 60_000, refetchOnWindowFocus: false, refetchOnReconnect: false },
  },
});

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { refreshSession } from "@/lib/api/client";
import { getSession, subscribeToSession } from "@/lib/auth/session-store";

/**
 * On start, asks the server whether the refresh cookie still opens a session
 * (that is how a reload keeps the agent signed in). When a session ends, drops
 * every cached answer so the next agent on this browser sees none of them.
 */
export function SessionBootstrap({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (getSession().status === "pending") void refreshSession();
  }, []);

  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSession().status === "anonymous") queryClient.clear();
      }),
    [queryClient],
  );

  return children;
}

import { useMutation } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import type { LoginRequest } from "@/lib/api/types";
import { unwrap } from "@/lib/api/unwrap";
import { startSession } from "@/lib/auth/session-store";

export function useLogin() {
  return useMutation({
    mutationFn: async (credentials: LoginRequest) =>
      unwrap(await api.POST("/api/auth/login", { body: credentials })),
    onSuccess: (token) => startSession(token),
  });
}

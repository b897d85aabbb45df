import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api } from "@/lib/api/client";
import { endSession } from "@/lib/auth/session-store";

/** Closes the session on the server (drops the refresh cookie), then here. */
export function useLogout() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.POST("/api/auth/logout");
    },
    onSettled: () => {
      endSession("logout");
      queryClient.clear();
      void navigate("/connexion", { replace: true });
    },
  });
}

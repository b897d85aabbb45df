import "@codegouvfr/react-dsfr/main.css";
import "./app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { startDsfr } from "./app/start-dsfr";

startDsfr();

const root = document.getElementById("root");
if (!root) throw new Error("#root introuvable dans index.html");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

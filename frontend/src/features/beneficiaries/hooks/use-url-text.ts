import { useEffect, useRef, useState } from "react";

/**
 * A text field mirrored in the URL: the agent types freely, the URL follows once
 * typing pauses (`delay` ms), and a URL changed from outside (back button, link)
 * shows up in the field. Our own writes are not echoed back, so no typed
 * character is lost while the URL catches up.
 */
export function useUrlText(urlValue: string, commit: (value: string) => void, delay = 250) {
  const [text, setText] = useState(urlValue);
  const [seenUrl, setSeenUrl] = useState(urlValue);
  const committed = useRef(urlValue);

  if (urlValue !== seenUrl) {
    setSeenUrl(urlValue);
    if (urlValue !== committed.current) {
      committed.current = urlValue;
      setText(urlValue);
    }
  }

  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  useEffect(() => {
    if (text === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = text;
      commitRef.current(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay]);

  return [text, setText] as const;
}

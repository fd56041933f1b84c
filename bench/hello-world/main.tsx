// The size floor: a bare React 19 app built with the project's own Vite config.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Hello, world</h1>);

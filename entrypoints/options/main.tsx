import { render } from 'preact';
import { createOptionsBackend } from '../../components/options/options-backend';
import { Options } from '../../components/options/Options';
import '../../components/page-theme.css';
import './style.css';

const app = document.getElementById('app')!;
const backend = createOptionsBackend();
const draw = () => render(<Options backend={backend} hash={location.hash} />, app);
// The background opens this page again with a new `#grant=` when another homepage needs a permission.
window.addEventListener('hashchange', draw);
draw();

import '../../components/note-editor/note-editor.css';
import { startNoteEditor } from '../../components/note-editor/start-note-editor';

startNoteEditor(document.getElementById('app')!);

// The explorer over /openapi; a file of its own so the page's Content-Security-Policy can forbid inline scripts.
window.ui = SwaggerUIBundle({url: "/openapi", dom_id: "#explorer", deepLinking: true});

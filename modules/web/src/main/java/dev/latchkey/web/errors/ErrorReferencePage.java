package dev.latchkey.web.errors;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Serves the error reference at {@code /docs/errors}; the RFC 9457 {@code type} of every error points here. */
@WebServlet(urlPatterns = "/docs/errors")
public class ErrorReferencePage extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(ErrorReference.html());
    }
}

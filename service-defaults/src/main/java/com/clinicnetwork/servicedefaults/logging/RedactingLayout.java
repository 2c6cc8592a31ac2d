package com.clinicnetwork.servicedefaults.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.LayoutBase;

/** A plain-text layout whose whole output (message, stack trace) passes through {@link LogRedactor}. */
final class RedactingLayout extends LayoutBase<ILoggingEvent> {

    private final Layout<ILoggingEvent> delegate;

    RedactingLayout(Layout<ILoggingEvent> delegate) {
        this.delegate = delegate;
        setContext(delegate.getContext());
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return LogRedactor.redact(delegate.doLayout(event));
    }

    @Override
    public String getFileHeader() {
        return delegate.getFileHeader();
    }

    @Override
    public String getPresentationHeader() {
        return delegate.getPresentationHeader();
    }

    @Override
    public String getContentType() {
        return delegate.getContentType();
    }

    @Override
    public boolean isStarted() {
        return delegate.isStarted();
    }
}

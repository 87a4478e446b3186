"""WSGI entry point, served by gunicorn in production."""

import os

from django.core.wsgi import get_wsgi_application

from cdfacil.runtime import settle

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cdfacil.settings")
application = get_wsgi_application()
settle()

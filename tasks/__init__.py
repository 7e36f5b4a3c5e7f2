"""Scheduled and distributed crawls with Celery and Redis (see tasks.celery_app)."""
